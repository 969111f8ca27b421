map toString [ ./. ./_fix ./_fix/sub ]
