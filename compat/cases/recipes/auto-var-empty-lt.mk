# $< and $^ are empty for a rule without prerequisites; $* empty in an explicit rule without suffix.
t: ; @echo '<=[$<] ^=[$^] *=[$*]'
