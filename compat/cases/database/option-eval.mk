#| args: -rR -p -q --eval 'EVALED = yes' --eval 'evtarget: ; @:' evtarget
#| normalise: database
# --eval text: its variables and rules, and their origin locations.
all: ; @:
