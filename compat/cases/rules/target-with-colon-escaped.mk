# A backslash-escaped colon is part of the target name.
all: a\:b
a\:b: ; @echo built '$@'
