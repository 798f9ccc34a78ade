"""The Telegram front end: a thin adapter over bot.chat (see app.build_app)."""
