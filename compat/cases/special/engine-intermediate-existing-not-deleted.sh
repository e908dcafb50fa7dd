printf '.INTERMEDIATE: mid\nout: mid\n\t@cp mid out; echo out\nmid:\n\t@echo m > mid; echo mid\n' > Makefile
echo pre > mid
make; ls
