#| known-difference: GNU keeps --eval text in the variable -*-eval-flags-*- and MAKEFLAGS refers to it as $(-*-eval-flags-*-); xmake writes the text into MAKEFLAGS (recipes see the same value)
#| args: -rR -p -q --eval 'EVALED = yes' --eval 'evtarget: ; @:' evtarget
#| normalise: database
# --eval text: its variables and rules, and their origin locations.
all: ; @:
