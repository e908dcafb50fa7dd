# e origin only when redefined
#| args: -e
#| env: A=env
#| env: B=env
B = file
$(info $(origin A) $(origin B))
all: ; @:
