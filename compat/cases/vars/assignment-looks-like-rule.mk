# "a: b = c" is a target-specific assignment, "a := b" a variable, "a::= b" the POSIX simple assignment.
a: b = c
x := y
p::= q
$(info [$(x)] [$(p)] [$(b)])
a: ; @echo b=$(b)
