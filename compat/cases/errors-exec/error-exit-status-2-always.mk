# Whatever the recipe's status, make exits 2 on a recipe failure.
all:
	@exit 255
