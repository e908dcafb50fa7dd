# :::= is not an operator in GNU make 4.3 (added in 4.4): the line is a rule-ish parse that fails with "empty variable name".
b = one
a :::= $(b)
b = two
$(info a=[$(a)] flavor=$(flavor a))
$(info colon-var=[$(a :)] flavor=$(flavor a :))
all: ; @:
