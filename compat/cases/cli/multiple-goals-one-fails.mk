# Without -k, make stops at the first failing goal; later goals are not attempted.
#| args: ok bad later
ok: ; @echo ok
bad: ; @exit 1
later: ; @echo later
