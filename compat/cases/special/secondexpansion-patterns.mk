# Second expansion in pattern rules: $$* and $$(@D) see the stem and target directory.
.SECONDEXPANSION:
all: x.out ; @:
%.out: $$*.in $$(@D)/marker ; @echo $@ from $^
%.in: ; @:
./marker: ; @:
