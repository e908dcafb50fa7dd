#| args: foo.out
.SECONDEXPANSION:
%.out: $$*.src
	@echo $@ from $<
foo.src:
	@echo src
