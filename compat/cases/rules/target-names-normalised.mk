# "./foo" and "foo" name the same target.
all: ./foo foo
	@echo $^
foo: ; @echo making foo
