# $(shell) keeps trailing spaces (only newlines are changed) and inner runs of spaces.
x := $(shell printf 'a  b  \n')
$(info [$(x)])
all: ; @:
