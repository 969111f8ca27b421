toString ./.
