import { z } from 'zod';

// Default messages in Korean for anything a schema does not word itself.
z.config(z.locales.ko());

export { z };
