# `%.q` matches `d/.q`: the part after the directory is empty, but the stem is `d/` (GNU
# compares the whole name's length with the pattern's), and prerequisites get the `d/` back.
all: d/.q d/a.q sub/.q
	@echo all
%.q: %.z ; @echo 'q $@ [$*] [$(*D)] [$(*F)] $<'
%.z: ; @echo 'z $@ [$*]'
sub/%.q: ; @echo 'sub $@ [$*]'
