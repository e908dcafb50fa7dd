# A "#" line inside a define body is kept (it is text, not a makefile comment).
define v
# not a comment here
value
endef
$(info [$(v)])
all: ; @:
