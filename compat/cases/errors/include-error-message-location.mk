# $(error) inside an included file reports that file's name and line.
#| setup: printf 'X = 1\n$(error from inc)\n' > inc.mk
include inc.mk
all: ; @:
