# The same prerequisite in two rules appears once in $^ (the recipe rule's prerequisites come first); $+ keeps duplicates.
t: a b
t: b c ; @echo '$^' '$+'
a b c: ; @:
