#| args: -rR -p -q all
#| normalise: database
# Match-anything rules (terminal and not) and how they are listed among the implicit rules.
%:: %.src
	cp $< $@
%: force
	@echo any $@
%.x:
force: ;
all: ; @:
