# define ... endef creates a multi-line recursive variable (manual 6.8).
define two-lines
echo first
echo second
endef
all:
	@$(two-lines)
	$(info [$(two-lines)])
