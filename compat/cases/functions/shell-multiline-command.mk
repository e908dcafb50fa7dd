# $(shell) and != with a command of several lines (from define): without shell syntax the
# newline is part of a word and the program is run directly; through the shell, bare
# newlines are dropped and a backslash-newline is kept.
define X !=
echo a
  b
endef
define Y !=
nosuchprog
echo hi
endef
define C
echo c
  d
endef
define Q
echo 'q
r' "s
t"
endef
define B
echo u \
v; echo 'w\
x'
endef
$(info [$(X)] [$(Y)] [$(shell $(C))] [$(shell $(Q))] [$(shell $(B))] [$(.SHELLSTATUS)])
all: ; @:
