# A rule line whose prerequisites contain "=" is a target-specific variable assignment.
all: X=1
all: ; @echo X=$(X)
