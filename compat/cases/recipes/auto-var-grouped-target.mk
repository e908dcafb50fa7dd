# In a grouped-target recipe, $@ is the target that caused the recipe to run.
all: y ; @:
x y &: ; @echo '@=$@'
