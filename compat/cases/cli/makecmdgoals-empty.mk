# MAKECMDGOALS is empty when no goal is given, even though the default goal runs.
$(info [$(MAKECMDGOALS)] default=$(.DEFAULT_GOAL))
first: ; @echo first
second: ; @echo second
