# Backslash-newline inside a define body collapses to one space when the value is expanded.
define cmd
echo a \
  b
endef
$(info [$(cmd)])
all:
	@$(cmd)
