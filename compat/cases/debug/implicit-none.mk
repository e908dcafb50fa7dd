# --debug=i without built-in rules and no pattern rule: nothing found
#| args: --debug=i -r
#| normalise: banner
all: missing.x
	@echo all
missing.x:
