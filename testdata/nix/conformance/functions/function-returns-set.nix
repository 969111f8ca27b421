let mk = name: { inherit name; greeting = "hi ${name}"; }; in mk "bob"
