# A file both .INTERMEDIATE and .SECONDARY: made when needed, never deleted.
echo s > s
printf '.INTERMEDIATE: mid\n.SECONDARY: mid\nout: mid\n\tcp mid out\nmid: s\n\tcp s mid\n' > Makefile
make; echo "exit=$?"
ls
rm mid
make; echo "exit=$?"
