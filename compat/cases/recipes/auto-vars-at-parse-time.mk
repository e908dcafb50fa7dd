# Automatic variables are empty outside recipes.
$(info [$@] [$<])
all: ; @echo [$@]
