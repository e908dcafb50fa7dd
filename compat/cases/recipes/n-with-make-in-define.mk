# Under -n, $(MAKE) inside a canned recipe does not make the line run: make looks at the unexpanded line "$(sub)".
#| args: -n
define sub
@echo sub-line $(MAKE)
@echo other-line
endef
all:
	$(sub)
