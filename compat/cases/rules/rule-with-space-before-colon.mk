# Spaces around the colon and many spaces in lists are fine.
all   :    a    b
	@echo [$^]
a b : ; @:
