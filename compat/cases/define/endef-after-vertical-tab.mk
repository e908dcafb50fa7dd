# GNU finds `endef` after any ISSPACE character (next_token), a vertical tab too, and takes
# white space after it as no extraneous text; a no-break space is not white space, so in
# a skipped `define` that line is body text and the `else` after it too.
define X
body
endef
$(info [$(X)])
define Y
y
endef 
$(info [$(Y)])
ifeq (1,0)
define Z
 endef
else
$(info not-else)
endef
endif
all:;@:
