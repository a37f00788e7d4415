import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Audience Studio', template: '%s · Audience Studio' },
  description: 'Segment your users at fine grain, personalise content and run experiments per segment.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
