# Without -e, a makefile assignment beats the environment; origin becomes "file".
#| env: FOO=env
#| env: KEEP=env
FOO = file
$(info FOO=$(FOO) $(origin FOO) KEEP=$(KEEP) $(origin KEEP))
all: ; @:
