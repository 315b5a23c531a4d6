"""Sub-commands of ``leaguedesk``, one module per area of work."""
