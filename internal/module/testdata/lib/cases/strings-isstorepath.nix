lib:
map lib.isStorePath [ "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11" "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11/bin/python" "/home/x" "relative" 5 ]
