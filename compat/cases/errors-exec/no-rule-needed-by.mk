# Missing prerequisite: "No rule to make target 'x', needed by 'all'.  Stop." exit 2.
all: x ; @echo never
