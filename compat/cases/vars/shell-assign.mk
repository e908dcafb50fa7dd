# != runs a shell command at parse time; newlines become spaces; result is recursive (manual 6.5).
x != printf 'a\nb\n\n'
$(info [$(x)] flavor=$(flavor x))
dollar != echo '$$HOME-ish'
$(info [$(value dollar)])
all: ; @:
