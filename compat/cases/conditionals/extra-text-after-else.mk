# Text after else that is not a conditional draws "extraneous text after 'else' directive"; the else still applies.
ifdef nothere
else junk
$(info in else)
endif
all: ; @:
