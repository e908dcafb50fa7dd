# -pq with several goals: each goal found out of date is questioned, the run goes on.
#| args: -pq -r one two
#| normalise: database
one: ; @:
two: dep ; @:
dep: ; @:
