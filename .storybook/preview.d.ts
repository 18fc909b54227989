import type { Preview } from '@storybook/react-vite';
import '@errata/ui/styles.css';
declare const preview: Preview;
export default preview;
