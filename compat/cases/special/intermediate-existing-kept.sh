# An .INTERMEDIATE file that existed before make ran is not deleted.
touch -d '2020-01-01 00:00:00' s
touch -d '2020-01-02 00:00:00' mid
printf '.INTERMEDIATE: mid\nout: mid\n\tcp mid out\nmid: s\n\tcp s mid\n' > Makefile
make; echo "exit=$?"
ls
