# Without .SECONDEXPANSION, $$@ in a prerequisite list stays a literal "$@" name.
all: x
x: $$@.in ; @echo '[$^]'
$$@.in: ; @echo made '$@'
