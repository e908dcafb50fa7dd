# $(abspath) collapses .. past the root to "/" and handles "." and trailing slashes.
$(info [$(abspath /../../x /a/b/.. /. //x//y)])
all: ; @:
