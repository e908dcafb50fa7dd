# A tab-indented conditional before any rule is still a directive.
	ifdef MAKE
$(info tab-indented directive works)
	endif
all: ; @:
