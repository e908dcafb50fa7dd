# Command-line VAR::=value and VAR?=value forms.
#| args: A::=x B?=y
B = file
$(info A=$(A) $(flavor A) $(origin A) B=$(B) $(origin B))
all: ; @:
