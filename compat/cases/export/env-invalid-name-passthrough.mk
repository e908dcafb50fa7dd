# An environment variable whose name is not a valid identifier (A-B) is dropped from the recipe environment by 4.3.
#| env: A-B=dash
$(info make sees [$(A-B)] $(origin A-B))
all:
	@env | grep -c '^A-B='; true
