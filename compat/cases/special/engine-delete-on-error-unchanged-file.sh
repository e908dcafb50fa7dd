printf '.DELETE_ON_ERROR:\nout: in\n\t@false\n' > Makefile
touch -d 2000-01-01 out
touch in
make; echo "rc=$?"; ls
