# computed name braces
n = foo
${n}_v = 8
$(info [${foo_v}])
all: ; @:
