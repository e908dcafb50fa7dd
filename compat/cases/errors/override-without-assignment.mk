# "override" followed by something that is not an assignment.
override junk
all: ; @:
